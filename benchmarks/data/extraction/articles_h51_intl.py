# Turkish, German, French, Spanish and Russian stories for the fifty-first held-out part (h51-*).
# Fictional; written for newsflow. Markup and fields as in articles_h51_en.py.
ARTICLES = [
dict(id="h51-tr-001", lang="tr", tpl="regional", section="Gündem", date="2026-09-23", byline="Serkan Yalçındağ",
     title="Sağanak sonrası Kocadere taştı, dört mahallede bodrumları su bastı",
     sub="Gece boyunca metrekareye 74 kilogram yağış düştü; itfaiye 112 ihbara gitti.",
     caption="Kocadere'nin taştığı Yenice Mahallesi'nde su tahliyesi.", credit="Fotoğraf: Serkan Yalçındağ",
     carry=["floodgauge"],
     body="""
Salı gecesi başlayan sağanak, Kocadere'nin Yenice ve Bahçelievler mahallelerinde yatağından taşmasına yol açtı. Dört mahallede çok sayıda evin bodrum katını ve dükkânları su bastı.

Meteoroloji istasyonunun verilerine göre gece 23.00 ile sabah 05.00 arasında metrekareye 74 kilogram yağış düştü. Bu, ilçede eylül ayı için ölçülen en yüksek değer.

İtfaiye Müdürü Hakan Özbilgin, ekiplerin sabaha kadar 112 ihbara gittiğini söyledi. "En çok bodrum katlarından ve alt geçitlerden çağrı aldık. Şükür ki can kaybı yok" dedi.

## Sudan en çok etkilenen yerler

- Yenice Mahallesi, dere kenarındaki Çınar ve Söğüt sokakları
- Bahçelievler'deki kapalı pazar yeri
- Sanayi sitesinin alt kısmı
- İstasyon caddesi alt geçidi

Çınar Sokak'ta terzi dükkânı işleten Nurten Aksoy, kumaşlarının yarısının suya gömüldüğünü anlattı. "Sabah kapıyı açtığımda su dizime kadardı. Makineleri yukarı kaldırdık ama top top kumaş gitti" dedi.

Belediye, dere yatağındaki daralmanın taşkına yol açtığını, yatağın ekim ayında temizleneceğini açıkladı.

Meteoroloji, yağışların perşembe akşamına kadar aralıklarla süreceğini bildirdi. Vatandaşların dere kenarına araç park etmemesi ve alt geçitleri kullanmaması istendi.

Zarar gören esnaf, hasar tespiti için belediyenin zabıta birimine başvurabilecek.
"""),

dict(id="h51-tr-002", lang="tr", tpl="hugo", section="Sağlık", date="2026-12-03", byline="Elif Karabacak",
     title="Okul önündeki egzoz dumanı ölçüldü: sabah saatlerinde sınır iki katına çıkıyor",
     sub="Veliler, Atatürk İlkokulu önünde bir ay boyunca hava ölçümü yaptı.",
     caption="Atatürk İlkokulu önünde sabah trafiği.", credit="Fotoğraf: Elif Karabacak",
     carry=["airmonitor"],
     body="""
Atatürk İlkokulu'nun önünden geçen İnönü Caddesi'nde sabah 07.30 ile 08.30 arasında ölçülen azot dioksit düzeyi, sınır değerin iki katına çıkıyor.

Ölçümleri, okulun veli derneği bir üniversiteden ödünç aldığı cihazla kasım ayı boyunca yaptı. Cihaz, okul kapısının hemen yanındaki bir direğe asıldı.

**Sabah ve akşam farkı**

Sonuçlara göre kirlilik, servis araçlarının ve velilerin arabalarının kapı önünde beklediği sabah saatlerinde zirve yapıyor. Okul kapandıktan sonra, akşam saatlerinde değerler yarıya iniyor.

Veli derneği başkanı Gökhan Sevindik, çocukların her sabah bu havayı soluduğunu söyledi. "Araçlar kapının önünde motoru çalışır halde bekliyor. Çocuklar egzozun tam hizasında yürüyor" dedi.

**Okul sokağı önerisi**

Dernek, belediyeye okulun önündeki yolun sabah ve öğleden sonra yarımşar saat trafiğe kapatılmasını önerdi. Benzer bir uygulama geçen yıl ilçedeki iki okulda başlamıştı.

Çocuk doktoru Seda Ilgaz, egzoz dumanının astımlı çocuklar için özellikle tehlikeli olduğunu hatırlattı. "Okul kapısında motoru kapatmak bile fark yaratır" dedi.

Belediye trafik birimi, öneriyi ocak ayındaki meclis toplantısında değerlendireceğini açıkladı.

Veli derneği, ölçüm sonuçlarını okulun panosuna astı.
"""),

dict(id="h51-tr-003", lang="tr", tpl="storybody", section="Yaşam", date="2026-02-14", byline="Murat Dikmen",
     title="Kırk yıldır aynı fırının başında: Simitçi İsmail Usta anlatıyor",
     sub="İsmail Kocabey, 1986'dan beri Çarşı Camii'nin karşısındaki fırında her sabah 800 simit pişiriyor.",
     caption="İsmail Kocabey fırının başında.", credit="Fotoğraf: Murat Dikmen",
     body="""
İsmail Kocabey, on dört yaşında çırak olarak girdiği fırında kırk yıldır çalışıyor. Bu ay dükkânı oğluna devrediyor. Onunla sabah dörtte, fırın ısınırken konuştuk.

**Simitçiliğe nasıl başladınız?**

Babam tarlada çalışıyordu, okula devam edemedim. Rahmetli Hamdi Usta beni çırak aldı. İlk iki yıl sadece hamur yoğurdum.

**Günde kaç simit çıkıyor?**

Hafta içi sekiz yüz, cumartesi bin iki yüz. Bayram sabahları sayamıyoruz.

**Tarif değişti mi?**

Hiç değişmedi. Un, su, tuz, maya, pekmez ve susam. Pekmezi hâlâ Ilıca köyünden alıyoruz.

**En zor zaman?**

1999 kışı. Elektrik üç gün kesildi, odun fırını yaktık. Kuyruk caminin avlusuna kadar uzanmıştı.

**Peki ya şimdi?**

Dizlerim artık eskisi gibi değil. Oğlum Emre on yıldır yanımda. Ona güveniyorum.

**Emre'ye ne öğütlediniz?**

Hamuru acele ettirmeyecek. Maya kendi saatini bilir, insan onu bekleyecek. Bir de sabah ilk simidi kapıda bekleyen Hasan Amca'ya verecek, o kırk yıldır ilk müşterimiz.

**Müşterilerinize ne söylemek istersiniz?**

Teşekkür ederim. Çoğunu çocukken tanıdım, şimdi torunlarını getiriyorlar.

Fırın hafta içi ve cumartesi sabah 05.00'te, pazar günleri 06.00'da açılıyor.
"""),

dict(id="h51-de-001", lang="de", tpl="substackpub", site="Auentaler Notizen", kind="indie",
     section="Dorf", date="2026-05-29", byline="Johanna Riedesel",
     title="Das Freibad bleibt: Wie ein Förderverein 180.000 Euro zusammenbekam",
     sub="Vor einem Jahr sollte das Freibad in Unterauen schließen. Am Samstag beginnt die Saison.",
     caption="Das Becken des Freibads Unterauen wenige Tage vor der Eröffnung.", credit="Foto: Johanna Riedesel",
     low=2,
     notes=["Zahlen laut Jahresbericht des Fördervereins, Stand April.",
            "Der Gemeinderat hat den Zuschuss zunächst für drei Jahre bewilligt."],
     look=[("italic", "Viele von Ihnen, die diesen Newsletter abonniert haben")],
     body="""
Viele von Ihnen, die diesen Newsletter abonniert haben, wohnen in Unterauen oder sind dort aufgewachsen. Für Sie ist das vielleicht die beste Nachricht des Jahres: Das Freibad macht am Samstag wieder auf.

Vor einem Jahr sah es anders aus. Die Gemeinde wollte das Bad schließen, weil die Filteranlage am Ende war und niemand die Sanierung bezahlen konnte.

## Der Förderverein

Im Juni gründeten 23 Leute im Vereinsheim des Sportclubs den Förderverein Freibad Unterauen. Heute hat er 640 Mitglieder. Zusammen haben sie 180.000 Euro gesammelt, mit Spenden, einem Flohmarkt, einem Benefizkonzert und einem Lauf rund um das Bad.[^1]

Die Gemeinde gibt jedes Jahr 40.000 Euro für den Betrieb dazu.[^2]

„Ich habe hier schwimmen gelernt, meine Kinder auch", sagt die Vorsitzende Katrin Leutheuser. „Das wollten wir nicht einfach aufgeben."

Neu ist vor allem die Technik: eine neue Filteranlage, Solarmodule auf dem Kassenhäuschen und ein Becken, das mit der Abwärme der Biogasanlage am Ortsrand beheizt wird.

Ehrenamtliche übernehmen die Kasse und den Kiosk. Die Badeaufsicht bleibt bei zwei Fachkräften der Gemeinde.

Das Bad ist ab Samstag täglich von 10 bis 19 Uhr geöffnet. Erwachsene zahlen 3 Euro, Kinder 1,50 Euro.
"""),

dict(id="h51-de-002", lang="de", tpl="typo3", section="Region", date="2026-01-12", byline="Florian Weisbrod",
     title="Hochwasser an der Lauter: Pegel in Kirchheimbach steigt über 3,80 Meter",
     sub="Die Stadt hat die Uferstraße gesperrt, Anwohner der Mühlgasse sollen Keller räumen.",
     caption="Die Lauter an der Steinbrücke in Kirchheimbach am Sonntagnachmittag.", credit="Foto: Florian Weisbrod",
     carry=["floodgauge"],
     look=[("bold", "Anwohner der Mühlgasse und des Gerberwegs")],
     body="""
Nach zwei Tagen Dauerregen und der Schneeschmelze im Bergland ist die Lauter in Kirchheimbach über die Ufer getreten. Am Pegel an der Steinbrücke wurden am Sonntagnachmittag 3,84 Meter gemessen, normal sind etwa 1,20 Meter.

Die Stadt hat die Uferstraße zwischen Steinbrücke und Sägewerk gesperrt. Auch der Radweg nach Oberlauter steht auf mehreren hundert Metern unter Wasser.

Anwohner der Mühlgasse und des Gerberwegs sollen ihre Keller räumen und Heizöltanks sichern.

## Feuerwehr im Dauereinsatz

Die Freiwillige Feuerwehr war seit Samstagabend mit rund 60 Kräften im Einsatz. Sie pumpte Keller aus, baute mobile Schutzwände am Gerberweg auf und füllte mehr als 3.000 Sandsäcke.

Kommandant Tobias Ellwanger sagte, die Lage sei angespannt, aber unter Kontrolle. „Wenn der Regen heute Nacht nachlässt, haben wir den Scheitel erreicht", sagte er.

## Gesperrte Straßen

- Uferstraße zwischen Steinbrücke und Sägewerk
- Radweg Kirchheimbach–Oberlauter
- Kreisstraße 18 bei der Hammermühle

Beim letzten großen Hochwasser 2011 stand das Wasser am Pegel bei 4,15 Metern. Damals liefen mehr als 80 Keller voll.

Der Wetterdienst erwartet ab Montagmittag nachlassenden Regen.

Sandsäcke gibt es am Bauhof in der Industriestraße, Montag bis Freitag von 7 bis 18 Uhr.
"""),

dict(id="h51-de-003", lang="de", tpl="chunks", section="Menschen", date="2026-08-08", byline="Svenja Kolbeck",
     title="„Der Fluss ist jeden Tag anders“: Der Fährmann von Auheim hört auf",
     sub="Werner Brandl hat 34 Jahre lang Menschen, Fahrräder und Autos über den Rhein gebracht.",
     caption="Werner Brandl auf der Fähre Auheim.", credit="Foto: Svenja Kolbeck",
     body="""
Werner Brandl steuert die Autofähre zwischen Auheim und Rheinweiler seit 1992. Ende August geht er in Rente. Wir sind ein letztes Mal mit ihm übergesetzt.

**Herr Brandl, wie oft sind Sie über den Rhein gefahren?**

Ich habe es einmal ausgerechnet: ungefähr 240.000 Mal. An einem guten Sommertag sind es achtzig Fahrten.

**Wird das nicht langweilig?**

Nie. Der Fluss ist jeden Tag anders. Mal Hochwasser, mal Niedrigwasser, mal Nebel, dass man den Bug nicht sieht.

**Ihr schwierigster Tag?**

Nebel im November 2003. Ein Schubverband kam aus dem Nichts. Ich habe gestoppt, er ist vielleicht zwanzig Meter vor uns vorbeigezogen.

**Und der schönste?**

Eine Hochzeit. Das Brautpaar wollte unbedingt auf der Fähre getraut werden. Der Standesbeamte war seekrank.

**Was ändert sich nach Ihnen?**

Die Gemeinde hat zwei junge Schiffsführer ausgebildet. Die Fähre fährt weiter, das ist das Wichtigste.

**Was machen Sie mit der freien Zeit?**

Angeln. Vom Ufer aus.

Die Fähre fährt täglich von 6 bis 21 Uhr. Eine Überfahrt kostet für Fußgänger 1,50 Euro, für Autos 5 Euro.
"""),

dict(id="h51-fr-001", lang="fr", tpl="magazine", section="Environnement", date="2026-08-17", byline="Clémence Faurie",
     title="La fumée des feux de forêt recouvre Saint-Vérand : les habitants priés de rester chez eux",
     sub="Le vent a rabattu sur la ville les fumées d'un incendie qui a parcouru 1 900 hectares dans le massif voisin.",
     caption="Le ciel orangé au-dessus de la place du Marché, dimanche en fin d'après-midi.", credit="Photo : Clémence Faurie",
     carry=["airmonitor"],
     pull="On avait l'impression de respirer un barbecue",
     look=[("dropcap", "Un ciel orange, une odeur")],
     body="""
Un ciel orange, une odeur de bois brûlé et une fine cendre grise sur les voitures : les habitants de Saint-Vérand se sont réveillés dimanche sous la fumée de l'incendie qui brûle depuis vendredi dans le massif des Aubrais.

Le feu a déjà parcouru 1 900 hectares de pins et de garrigue. Il n'a pas atteint de zone habitée, mais le vent du sud a rabattu les fumées sur la ville, à une quinzaine de kilomètres.

La préfecture a demandé aux personnes âgées, aux enfants et aux personnes souffrant d'asthme de rester à l'intérieur, fenêtres fermées, et d'éviter tout effort physique.

« On avait l'impression de respirer un barbecue », raconte Yannick Roumieu, qui tient le bureau de tabac de la place du Marché. Il a fermé sa boutique à midi.

## Des urgences sollicitées

Les urgences de l'hôpital ont reçu une vingtaine de personnes pour des gênes respiratoires dimanche, selon la direction. Aucune n'a été hospitalisée.

Le marché nocturne et le concours de pétanque prévus dimanche soir ont été annulés.

Plus de 400 pompiers et huit avions bombardiers d'eau luttent contre les flammes. Le colonel Éric Sabatier, qui dirige les secours, espère fixer le feu d'ici mardi si le vent faiblit.

Météo-France annonce une rotation du vent au nord-ouest lundi après-midi, qui devrait dégager le ciel de Saint-Vérand.
"""),

dict(id="h51-fr-002", lang="fr", tpl="semantic", section="Politique", date="2026-06-08", byline="Thibault Lescarret",
     title="Élection municipale partielle à Montbazac : deux bureaux de vote déménagent",
     sub="Les électeurs voteront dimanche dans le gymnase et à la salle des fêtes, l'école étant en travaux.",
     caption="Le gymnase Pierre-Lafon, qui accueillera deux bureaux de vote.", credit="Photo : Thibault Lescarret",
     carry=["pollfinder"],
     body="""
Les 3 400 électeurs de Montbazac sont appelés aux urnes dimanche pour une élection municipale partielle, après la démission de huit conseillers municipaux au printemps.

**Pourquoi voter de nouveau ?**

Quand un conseil municipal perd plus d'un tiers de ses membres, la loi impose de compléter le conseil par une élection. Huit sièges sur vingt-trois sont à pourvoir.

**Où voter ?**

Deux des quatre bureaux de vote changent d'adresse, l'école Jules-Ferry étant en travaux tout l'été :

- le bureau n° 1 est transféré au gymnase Pierre-Lafon, rue des Tilleuls
- le bureau n° 2 est transféré à la salle des fêtes, place de la Halle
- les bureaux n° 3 et 4 restent à la mairie annexe du Bourg-Neuf

L'adresse du bureau figure sur la carte électorale. Les électeurs qui ne l'ont plus peuvent voter avec une pièce d'identité.

**Qui se présente ?**

Deux listes sont en lice : « Montbazac ensemble », conduite par l'adjointe sortante Martine Cazalbou, et « Agir pour Montbazac », menée par le commerçant Olivier Delpeyrat.

Le maire, Jean-Paul Ricard, a regretté une campagne « tendue » mais a appelé les habitants à se déplacer.

Les procurations peuvent encore être établies à la gendarmerie jusqu'à samedi midi.

Les bureaux seront ouverts de 8 h à 18 h.
"""),

dict(id="h51-fr-003", lang="fr", tpl="medium", site="Les Carnets du Val de Serre", kind="indie",
     section="Gens d'ici", date="2026-04-05", byline="Anaïs Courbière",
     title="À Lavaur-sur-Serre, le fournil rouvert par soixante habitants",
     sub="La boulangerie du village avait fermé en 2024. Une coopérative l'a reprise, et le pain est de retour.",
     caption="La boulangère Solène Marquis devant le fournil de Lavaur-sur-Serre.", credit="Photo : Anaïs Courbière",
     look=[("italic", "Les coopérateurs se relaient au comptoir")],
     body="""
Il est six heures et demie et la file d'attente déborde déjà sur le trottoir de la Grand-Rue. À Lavaur-sur-Serre, 480 habitants, la boulangerie a rouvert il y a trois semaines, et personne ne s'en lasse.

Le fournil avait fermé en novembre 2024, quand le boulanger est parti à la retraite sans trouver de repreneur. Pendant seize mois, le village a dû faire six kilomètres pour acheter une baguette.

Alors soixante habitants ont créé une société coopérative. Chacun a mis au moins 100 euros. La mairie a racheté les murs et les loue à la coopérative pour un euro symbolique.

Ils ont ensuite recruté Solène Marquis, 29 ans, qui travaillait dans une boulangerie de Rodez. « Je voulais mon propre fournil, sans m'endetter pour trente ans. Ici, ce sont les clients qui ont payé le four », dit-elle en riant.

Le pain est au levain, la farine vient d'un moulin du Ségala. Solène fait aussi des fouaces le dimanche.

Le compte Instagram du fournil, ouvert par sa fille, est suivi par 900 personnes, soit presque deux fois la population du village.

Les coopérateurs se relaient au comptoir le samedi matin, quand Solène est en cuisine.

La boulangerie est ouverte du mardi au dimanche, de 6 h 30 à 13 h.
"""),

dict(id="h51-es-001", lang="es", tpl="quintype", section="Política", date="2026-05-18", byline="Lorena Casaseca",
     title="Cambian cuatro colegios electorales en Villanueva del Arcipreste",
     sub="Las obras en dos colegios públicos obligan a trasladar mesas al polideportivo y a la casa de cultura.",
     caption="El polideportivo municipal, que acogerá tres mesas electorales.", credit="Foto: Lorena Casaseca",
     carry=["pollfinder"],
     look=[("highlight", "Los vecinos de los barrios de San Roque")],
     body="""
Los vecinos de los barrios de San Roque y La Vega votarán el domingo en sitios distintos a los de siempre. La Junta Electoral de Zona ha aprobado el traslado de cuatro colegios electorales por las obras en dos colegios públicos.

Las elecciones municipales anticipadas se celebran tras la moción de censura que dejó al Ayuntamiento sin mayoría en febrero.

## Los cambios

- Las mesas del colegio Miguel Hernández pasan al polideportivo municipal
- Las del colegio San Roque, a la casa de cultura de la plaza Mayor
- El centro de mayores de La Vega se sustituye por el salón de actos del instituto
- La mesa del consultorio de Los Llanos pasa a la antigua escuela del pueblo

El secretario municipal, Andrés Peñuela, recordó que la tarjeta censal que llegó por correo indica la nueva dirección. "Quien no la tenga puede votar igual, con el DNI, el pasaporte o el carné de conducir", explicó.

Se presentan cinco candidaturas, una más que en 2023. La participación entonces fue del 68 %.

La concejala de Servicios Sociales, Rocío Malagón, anunció un autobús gratuito desde Los Llanos cada hora para las personas mayores.

Los colegios abrirán de 9 a 20 horas.
"""),

dict(id="h51-es-002", lang="es", tpl="sanity", section="Comarca", date="2026-03-30", byline="Íñigo Sarasola",
     title="El río Albar se desborda en Casetas de Albar y obliga a desalojar doce casas",
     sub="La crecida alcanzó los 4,2 metros en la estación de aforo del puente, la mayor desde 1997.",
     caption="La calle del Molino, anegada por la crecida del Albar.", credit="Foto: Íñigo Sarasola",
     carry=["floodgauge"],
     look=[("dropcap", "El río Albar se salió de su cauce")],
     body="""
El río Albar se salió de su cauce en la madrugada del domingo a su paso por Casetas de Albar y obligó a desalojar doce viviendas de la calle del Molino y del camino de la Huerta.

La estación de aforo del puente marcó 4,2 metros a las cuatro de la mañana, la cifra más alta desde la riada de 1997. Las lluvias de la semana y el deshielo en la sierra dispararon el caudal.

Los vecinos desalojados, 27 personas, pasaron la noche en el pabellón municipal y en casas de familiares. Protección Civil los ayudó a subir muebles a las plantas altas antes de que llegara el agua.

**Campos anegados**

Unas 300 hectáreas de huerta y frutales quedaron bajo el agua en la vega. El agricultor Mariano Lasheras calcula que ha perdido toda la cosecha de habas. "Esto lo hemos visto pocas veces. Mi padre hablaba del 61", dijo.

**Carreteras cortadas**

- La carretera de Casetas a Villarluengo, en el puente viejo
- El camino de la Huerta, en todo su recorrido
- El acceso al polígono por la calle del Molino

La alcaldesa, Pilar Gimeno, pidió no acercarse a la orilla ni cruzar los vados. La confederación hidrográfica prevé que el río baje a lo largo del martes.

El Ayuntamiento recoge las solicitudes de ayuda por daños en el registro municipal, de 9 a 14 horas.
"""),

dict(id="h51-es-003", lang="es", tpl="ucoz", site="Asociación Vecinal Hoyos del Espino Alto", kind="small",
     section="Fiestas", date="2026-07-28", byline="Junta de la asociación",
     title="Programa de las fiestas de Santiago y Santa Ana",
     sub="Cuatro días de fiesta, con la tradicional caldereta en la pradera y la verbena del sábado.",
     caption="La verbena del año pasado en la plaza de la Fuente.", credit="Foto: Asociación Vecinal",
     carry=["calendar"],
     body="""
Ya está aquí el programa de las fiestas de Santiago y Santa Ana de este año. La junta lo ha preparado con la ayuda de la peña El Chozo y el Ayuntamiento.

Gracias a todos los que colaboraron en la rifa de junio: se recaudaron 2.340 euros, que han servido para pagar la orquesta del sábado.

## Programa

- Jueves 24: pregón a las 21:00 en la plaza de la Fuente, a cargo de Tomasa Hernández, la vecina más mayor del pueblo
- Viernes 25: misa y procesión de Santiago a las 12:00; juegos infantiles por la tarde
- Sábado 26: caldereta popular en la pradera a las 14:00 y verbena con la orquesta Vendaval a las 23:30
- Domingo 27: campeonato de tute y chocolate con churros para todos

Para la caldereta hay que apuntarse antes del día 20 en el bar de la plaza. El precio es de 8 euros para los socios y 12 para los que no lo son. Los menores de diez años no pagan.

Recordamos que no se puede aparcar en la plaza de la Fuente desde el jueves por la tarde.

Se buscan voluntarios para montar el escenario el viernes por la mañana. Quien quiera ayudar puede hablar con Fermín en el bar.

¡Felices fiestas a todos!
"""),

dict(id="h51-ru-001", lang="ru", tpl="cms", section="Экология", date="2026-12-15", byline="Дарья Лапшина",
     title="Дым над Заречьем: жители жалуются на выбросы новой котельной",
     sub="Датчики во дворах фиксируют превышение по мелким частицам по вечерам третью неделю подряд.",
     caption="Труба котельной на улице Механизаторов.", credit="Фото: Дарья Лапшина",
     carry=["airmonitor"],
     body="""
Жители микрорайона Заречье третью неделю жалуются на дым и запах гари по вечерам. По их словам, источник — новая угольная котельная на улице Механизаторов, запущенная в конце ноября.

Активисты установили во дворах пять недорогих датчиков качества воздуха. По вечерам они показывают превышение норм по мелким взвешенным частицам в два-три раза.

## Что говорят жители

Пенсионерка Валентина Горохова живёт в доме напротив котельной. «Вечером окно не откроешь. Бельё на балконе серое», — рассказывает она.

Мать двоих детей Ирина Саламатова говорит, что младший сын стал чаще кашлять. Она собрала подписи 412 соседей под обращением в прокуратуру.

## Что отвечает котельная

Директор теплоснабжающей компании Олег Бычихин заявил, что котельная работает в пределах разрешённых выбросов. По его словам, в первые недели шла наладка оборудования, а фильтры будут заменены до конца месяца.

Региональное управление Росприроднадзора сообщило, что проведёт проверку и возьмёт пробы воздуха в Заречье на следующей неделе.

Депутат городской думы Андрей Ковшов предложил перевести котельную на газ. Газопровод проходит в двух километрах, но стоимость подключения пока не рассчитана.

Результаты проверки обещают опубликовать до Нового года.
"""),

dict(id="h51-ru-002", lang="ru", tpl="portal", section="Политика", date="2026-09-08", byline="Максим Туголуков",
     title="Выборы в городскую думу: в Верхнекамске перенесли шесть избирательных участков",
     sub="Голосование пройдёт три дня, с 18 по 20 сентября.",
     caption="Здание школы № 12, где разместятся два участка.", credit="Фото: Максим Туголуков",
     carry=["pollfinder"],
     body="""
Горожане Верхнекамска выберут новый состав городской думы. Голосование пройдёт три дня — с 18 по 20 сентября. Шесть избирательных участков из 54 переехали в другие здания.

Председатель городской избирательной комиссии Наталья Скворцова объяснила переезд ремонтом в двух школах и закрытием Дома культуры «Юность».

**Какие участки переехали**

- участки № 1207 и 1208 — из школы № 5 в школу № 12 на улице Гагарина
- участок № 1215 — из ДК «Юность» в библиотеку на проспекте Строителей
- участки № 1221 и 1222 — из школы № 9 в колледж связи
- участок № 1240 — из клуба посёлка Лесной в здание администрации посёлка

Всем избирателям разносят приглашения с адресом участка. Голосовать нужно по паспорту.

**Кто участвует**

За 25 мест в думе борются 97 кандидатов от пяти партий и самовыдвиженцы. На прошлых выборах явка составила 31 %.

Избиратели, которые в дни голосования будут не дома, могут до 13 сентября подать заявление о голосовании по месту нахождения.

Участки будут открыты с 8:00 до 20:00.
"""),

dict(id="h51-ru-003", lang="ru", tpl="legacy-br", section="Люди", date="2026-10-20", byline="Светлана Ерёмина",
     title="«Маяк зажигали до самой войны»: смотритель музея на Чаячьем мысу",
     sub="Геннадий Ступин двадцать лет в одиночку ведёт музей в старом маячном доме.",
     caption="Геннадий Ступин у маячного дома.", credit="Фото: Светлана Ерёмина",
     low=0,
     body="""
Маяк на Чаячьем мысу не светит с 1993 года. Но в маячном доме у его подножия работает музей, и уже двадцать лет его хранитель — бывший штурман Геннадий Ступин. Мы поговорили с ним перед закрытием сезона.

**Как появился музей?**

Когда маяк погасили, дом стоял пустой. Я пришёл к главе района с двумя коробками фотографий и сказал: давайте сделаем музей. Он дал ключи.

**Что в нём самое ценное?**

Линза Френеля 1902 года. Её чуть не сдали на металлолом. Мы с соседом везли её на тракторной тележке.

**Кто к вам приходит?**

Летом — туристы, по сорок человек в день. Зимой — школьники из райцентра. Иногда приезжают внуки бывших смотрителей.

**А деньги?**

Билет стоит сто рублей. Остальное — район и моя пенсия.

**Не тяжело одному?**

Тяжело. Нужен помощник, лучше молодой.

**Что бы вы хотели?**

Чтобы маяк снова зажгли. Хотя бы на один вечер в год, в День флота.

Музей открыт до 31 октября, со среды по воскресенье, с 10:00 до 17:00.
"""),
]
