# Turkish, German, French, Spanish and Russian stories for the sixty-first held-out part (h61-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h61_en.py.
ARTICLES = [
dict(id="h61-tr-001", lang="tr", tpl="wordpress", section="Yaşam", date="2026-02-24", byline="Hatice Karabulut",
     title="Yazıbaşı'nın 200 yıllık Çarşı Camii, restorasyonun ardından Ramazan'da yeniden açıldı",
     sub="Üç yıl süren çalışmada kubbe onarıldı, kalem işleri temizlendi ve caminin ahşap kapısı yeniden yapıldı.",
     caption="Restorasyonu tamamlanan Çarşı Camii'nin avlusu.", credit="Fotoğraf: Hatice Karabulut",
     carry=["prayertimes"],
     look=[("dropcap", "Yazıbaşı'nın tarihi Çarşı Camii")],
     body="""
Yazıbaşı'nın tarihi Çarşı Camii, üç yıl süren restorasyonun ardından Ramazan'ın ilk cuma günü yeniden ibadete açıldı. İlk namaza ilçenin dört bir yanından yaklaşık 1.200 kişi katıldı.

1826'da yapılan cami, 2022'deki fırtınada kubbesinin bir bölümü çökünce kapatılmıştı. O günden beri cemaat, yakındaki ilkokulun spor salonunda namaz kılıyordu.

Restorasyonu yürüten mimar Selin Oğuzhan, en zor işin kubbe olduğunu söyledi. "Kurşun levhaların altındaki ahşap tamamen çürümüştü. Her kirişi tek tek ölçüp aynı ağaçtan yeniden yaptık," dedi.

## Neler yapıldı

- kubbe ve son cemaat yerinin çatısı yenilendi
- iç duvarlardaki kalem işleri temizlenip eksik yerleri tamamlandı
- 1900'lerden kalma ceviz kapı, köydeki son marangoz ustası tarafından aslına uygun yapıldı
- avludaki şadırvana yeniden su verildi

Çalışmaların 14 milyon liralık maliyetini Vakıflar Genel Müdürlüğü ile ilçe halkı paylaştı. Esnaf, iki yıl boyunca her cuma dükkânlarının önüne bağış kutusu koydu.

Caminin imamı Mustafa Yıldıray, ilk teravihte gözyaşlarını tutamayanlar olduğunu anlattı. "Bu camide evlenen, çocuğuna ad koyan, cenazesini kaldıran çok insan var. Kapısı kapalıyken çarşı da yarım kalmıştı."

Cami, Ramazan boyunca her akşam iftardan sonra ziyaretçilere açık olacak.
"""),

dict(id="h61-tr-002", lang="tr", tpl="drupal", section="Mahalle", date="2026-09-08", byline="Onur Demirkıran",
     title="Karaçam muhtarı Sevim Aydoğan: 'Sahildeki eski karakolu kütüphane yaptık'",
     sub="Mahallenin ilk kadın muhtarı, boş duran binayı gönüllülerle nasıl kütüphaneye çevirdiklerini anlattı.",
     caption="Karaçam Sahil Kütüphanesi'nin okuma salonu.", credit="Fotoğraf: Onur Demirkıran",
     look=[("box", "Kütüphane hafta içi 10.00")],
     body="""
Karaçam'ın sahilindeki eski jandarma karakolu on iki yıl boş kaldı. Geçen ay kapısı yeniden açıldı, bu kez kütüphane olarak. Mahalle muhtarı Sevim Aydoğan'la konuştuk.

**Fikir nereden çıktı?**

Çocuklar yaz boyunca sahilde telefonla vakit geçiriyordu. Bir gün bir anne bana "Burada bir kitap bile yok" dedi. Karakol da hemen karşıda boş duruyordu.

**Bina kimin?**

Hazine'nin. Kaymakamlığa yazı yazdık, binayı beş yıllığına mahalleye tahsis ettiler. Kira ödemiyoruz, ama bakımı bizde.

**Kitaplar nereden geldi?**

Hepsi bağış. Ankara'da yaşayan Karaçamlılar iki kamyon kitap gönderdi. Şu an rafta 6.400 kitap var.

**Kim çalışıyor?**

Emekli öğretmenlerden oluşan on bir gönüllü. Her biri haftada bir gün nöbet tutuyor.

**Raflardan en çok hangi kitaplar iniyor?**

Çocuklarda çizgi romanlar, büyüklerde polisiye. Balıkçılar da deniz haritalarını soruyor, onları da bulmaya çalışıyoruz.

Kütüphane hafta içi 10.00 ile 18.00, cumartesi 10.00 ile 14.00 arasında açık. Üye olmak ücretsiz, kimlikle kayıt yapılıyor.

Muhtar Aydoğan, kışın binanın ısıtılması için belediyeden destek beklediklerini, soba yakmak istemediklerini söyledi.
"""),

dict(id="h61-tr-003", lang="tr", tpl="chunks", section="Tarım", date="2026-05-12", byline="Emre Sarıkaya",
     title="Gölbaşı ovasının süt kooperatifi ilk tulum peynirini pazara çıkardı",
     sub="Kırk iki üreticinin kurduğu kooperatif, sütü tüccara vermek yerine kendi mandırasında işliyor.",
     caption="Kooperatifin mandırasında olgunlaşan tulum peynirleri.", credit="Fotoğraf: Emre Sarıkaya",
     body="""
Gölbaşı ovasındaki kırk iki süt üreticisinin kurduğu kooperatif, kendi mandırasında yaptığı ilk tulum peynirini geçen cumartesi ilçe pazarında sattı. İlk gün 300 kilo peynir öğlene varmadan bitti.

**Tüccara kırk kuruş**

Üreticiler yıllardır sütlerini köye gelen tüccara veriyordu. Kooperatif başkanı Recep Uslu, tüccarın litre başına ödediği fiyatın yem maliyetini bile karşılamadığını söyledi. "Her sabah sağıyorduk, ay sonunda elimize bir şey kalmıyordu," dedi.

İki yıl önce köy kahvesinde toplanan üreticiler, eski un değirmenini mandıraya çevirmeye karar verdi. Kalkınma ajansından alınan hibeyle makineler kuruldu.

**Mandırada neler yapılıyor**

- tulum peyniri, keçi derisinde altı ay olgunlaştırılarak
- beyaz peynir ve lor
- yoğurt, köy okuluna da her hafta gönderiliyor

Mandırada şu an altısı kadın dokuz kişi çalışıyor. Peynir ustası Gülsüm Akgün, tarifin annesinden kaldığını anlattı. "Annem bu peyniri evde, mutfakta yapardı. Şimdi aynı tarifle ton ton yapıyoruz."

**Sıradaki hedef**

Kooperatif, yıl sonuna kadar peynirlerini büyükşehirdeki iki zincir markete de vermeyi planlıyor. Uslu, üreticilere ödenen süt fiyatının şimdiden yüzde otuz arttığını söyledi.

Kooperatifin tezgâhı her cumartesi ilçe pazarının girişinde kuruluyor.
"""),

dict(id="h61-de-001", lang="de", tpl="table", section="Freizeit", date="2026-05-28", byline="Lena Haberstock",
     title="Freibad Rottach startet mit neuer Breitrutsche in die Saison",
     sub="Die alte Rutsche war nach 38 Jahren nicht mehr zu retten; die neue ist zwölf Meter lang und drei Bahnen breit.",
     caption="Die neue Breitrutsche im Freibad Rottach.", credit="Foto: Lena Haberstock",
     only=["correction"],
     correction="Korrektur: In einer früheren Fassung stand, die Saisonkarte für Erwachsene koste 59 Euro. Richtig sind 64 Euro. Wir haben den Fehler berichtigt.",
     body="""
Pünktlich zum Pfingstwochenende öffnet das Freibad Rottach am Samstag um 9 Uhr – mit einer neuen Breitrutsche, auf der drei Kinder nebeneinander ins Wasser sausen können.

Die alte Rutsche aus dem Jahr 1988 hatte im vergangenen Sommer Risse bekommen und musste gesperrt werden. Eine Reparatur hätte sich laut Bademeister Holger Pfaffinger nicht mehr gelohnt.

Die neue Rutsche kostete 146.000 Euro. Gut ein Drittel davon kam vom Förderverein, der zwei Jahre lang Spenden gesammelt hat, unter anderem mit einem Entenrennen auf der Rottach.

„Die Kinder haben uns jeden Tag gefragt, wann sie endlich wieder rutschen dürfen“, sagte Pfaffinger. „Jetzt ist es so weit.“

Auch sonst hat sich im Bad einiges getan. Der Kiosk hat einen neuen Pächter, die Liegewiese wurde neu eingesät, und am Nichtschwimmerbecken gibt es jetzt Sonnensegel.

Die Eintrittspreise bleiben bis auf die Saisonkarte stabil:

- Tageskarte Erwachsene: 4 Euro
- Tageskarte Kinder und Jugendliche: 2 Euro
- Saisonkarte Erwachsene: 64 Euro
- Saisonkarte Familie: 120 Euro

Das Bad ist bis Mitte September täglich von 9 bis 20 Uhr geöffnet, bei Gewitter wird es geschlossen.
"""),

dict(id="h61-de-002", lang="de", tpl="ghost", section="Kirche", date="2026-12-22", byline="Matthias Grünwald",
     title="Erste ökumenische Christmette in Weilheim: Stadtkirche und St. Georg feiern gemeinsam",
     sub="Weil beide Gemeinden weniger Pfarrer haben, feiern Katholiken und Protestanten die Heilige Nacht zum ersten Mal zusammen.",
     caption="Proben für die gemeinsame Christmette in der Stadtkirche St. Marien.", credit="Foto: Matthias Grünwald",
     carry=["prayertimes"],
     look=[("callout", "Wer zum ersten Mal dabei ist")],
     body="""
In Weilheim feiern die katholische und die evangelische Gemeinde die Christmette an Heiligabend zum ersten Mal gemeinsam. Der Gottesdienst beginnt um 22 Uhr in der Stadtkirche St. Marien.

Hintergrund ist der Personalmangel. Pfarrer Andreas Lechner betreut inzwischen fünf Dörfer rund um Weilheim, seine evangelische Kollegin Pfarrerin Miriam Stolz drei.

„An Heiligabend hätte jeder von uns vier Gottesdienste halten müssen“, sagte Lechner. „Da haben wir uns gefragt: Warum eigentlich nicht zusammen?“

Die Idee kam in beiden Gemeinden gut an. Der katholische Kirchenchor und der evangelische Posaunenchor proben seit Oktober gemeinsam, jeden Mittwoch im Gemeindehaus.

Wer zum ersten Mal dabei ist, muss sich keine Sorgen machen: Liedblätter liegen am Eingang aus, und die Predigt halten beide Geistlichen abwechselnd.

Für Familien mit kleinen Kindern gibt es um 15 Uhr ein Krippenspiel in St. Georg. Die Kinder der Grundschule spielen die Weihnachtsgeschichte, ein echter Esel vom Hof Brandl ist ebenfalls eingeplant.

„Der Esel war die größte Verhandlung“, sagte Pfarrerin Stolz und lachte.

Die Kollekte geht in diesem Jahr an die Weilheimer Tafel. Nach der Christmette gibt es vor der Kirche Glühwein und Punsch.
"""),

dict(id="h61-de-003", lang="de", tpl="gutenberg", section="Bauen", date="2026-03-17", byline="Sabine Kornmesser",
     title="Baugebiet Am Kirschberg: 38 Bauplätze, Vorrang für junge Familien",
     sub="Hessenbühl vergibt die Grundstücke nach einem Punktesystem; Einheimische und Familien mit Kindern werden bevorzugt.",
     caption="Das Baugebiet Am Kirschberg am Ortsrand von Hessenbühl.", credit="Foto: Sabine Kornmesser",
     carry=["mortgagecalc"],
     look=[("dropcap", "Am Kirschberg, am Südrand"), ("box", "Der Quadratmeter kostet 189 Euro")],
     body="""
Am Kirschberg, am Südrand von Hessenbühl, entstehen in den kommenden Jahren 38 Einfamilien- und Doppelhäuser. Der Gemeinderat hat am Dienstag die Vergaberichtlinien für die Bauplätze beschlossen.

Die Gemeinde verkauft die Grundstücke selbst und will damit vor allem jungen Familien aus dem Ort eine Chance geben. Bürgermeister Thomas Hilpert sagte, viele junge Leute seien in den vergangenen Jahren in die Stadt gezogen, weil sie hier nichts gefunden hätten.

Der Quadratmeter kostet 189 Euro, die Grundstücke sind zwischen 420 und 610 Quadratmeter groß. Auf dem freien Markt werden im Landkreis derzeit gut 300 Euro verlangt.

**Punkte für Familien**

Wer einen Platz will, sammelt Punkte:

- für jedes Kind unter 18 Jahren
- für jedes Jahr, das man schon in Hessenbühl wohnt oder arbeitet
- für ein Ehrenamt, etwa in der Feuerwehr oder im Sportverein
- für einen Angehörigen mit Pflegegrad im Haushalt

Wer schon ein Haus oder eine Wohnung besitzt, kann sich nicht bewerben.

**Zinsen machen Sorgen**

Die Nachfrage ist trotzdem ungewiss. Bei der Infoveranstaltung im März erzählten mehrere Paare, dass sie wegen der gestiegenen Bauzinsen noch rechnen.

Jana und Felix Obermaier, beide 31, wollen es versuchen. „Wir haben zwei Kinder und wohnen zur Miete über der Bäckerei“, sagte Jana Obermaier. „Wenn es jetzt nicht klappt, dann nie.“

Bewerbungen sind bis zum 30. April im Rathaus möglich.
"""),

dict(id="h61-fr-001", lang="fr", tpl="storybody", section="Faits divers", date="2026-11-19", byline="Clément Vautrin",
     title="Après neuf cambriolages, Saint-Aubin-des-Prés adopte la participation citoyenne",
     sub="Douze habitants volontaires serviront de relais entre leurs voisins et la gendarmerie.",
     caption="Le panneau de la participation citoyenne à l'entrée de Saint-Aubin-des-Prés.", credit="Photo : Clément Vautrin",
     carry=["crimemap"],
     body="""
Neuf maisons cambriolées en six semaines : à Saint-Aubin-des-Prés, 640 habitants, on n'avait jamais vu ça. Lundi soir, le conseil municipal a voté à l'unanimité l'adhésion au dispositif de participation citoyenne.

Concrètement, douze habitants volontaires, répartis dans les hameaux, serviront de relais avec la gendarmerie de la vallée. Ils signaleront les véhicules ou les comportements inhabituels et recevront en retour des conseils et des alertes.

« On ne demande à personne de jouer au policier », a insisté le maire, Gérard Lamothe. « On demande juste de décrocher son téléphone quand quelque chose cloche. »

Les cambriolages ont eu lieu en plein après-midi, dans des maisons vides pendant que les occupants travaillaient. Bijoux, outillage et une tronçonneuse ont disparu.

## Les conseils des gendarmes

Lors de la réunion publique, l'adjudant-chef Sylvie Carpentier a rappelé quelques gestes simples :

- fermer portail et fenêtres, même pour une course de dix minutes
- ne pas annoncer ses absences sur les réseaux sociaux
- photographier ses objets de valeur et noter les numéros de série
- signaler son départ en vacances à la brigade

Marcelle Doumerc, 79 ans, dont la maison a été visitée en octobre, était dans la salle. « J'ai perdu la montre de mon mari. Je voudrais que ça n'arrive à personne d'autre. »

Les volontaires recevront leur formation en décembre. Les habitants intéressés peuvent encore se faire connaître en mairie.
"""),

dict(id="h61-fr-002", lang="fr", tpl="hugo", section="Culture", date="2026-01-27", byline="Aurélie Fabrègue",
     title="Le cinéma du foyer rural de Seignac rouvre avec un projecteur numérique",
     sub="Fermée depuis quatre ans faute de matériel aux normes, la petite salle de 90 places a retrouvé son public samedi.",
     caption="La salle du foyer rural de Seignac, samedi soir.", credit="Photo : Aurélie Fabrègue",
     section_tag=True,
     body="""
Samedi soir, il a fallu ajouter des chaises au fond de la salle : 112 spectateurs pour 90 places, et une file qui descendait jusqu'à la fontaine.

Le cinéma du foyer rural de Seignac avait fermé en 2022. Son vieux projecteur 35 mm fonctionnait encore, mais plus aucun distributeur n'envoyait de copies sur pellicule.

**Un projecteur à 58 000 euros**

Le nouveau projecteur numérique a coûté 58 000 euros. La région et le département en ont payé la moitié, la commune un quart, et le reste a été réuni par une souscription qui a touché des dons de toute la vallée.

« Certains ont donné cinq euros, d'autres mille. Une dame nous a envoyé un chèque avec un mot : pour que mes petits-enfants voient des films ici comme moi », raconte Bernard Astier, président du foyer.

**Des bénévoles en cabine**

Six bénévoles ont été formés pendant l'automne au fonctionnement du projecteur. Le plus jeune a 17 ans, le plus âgé 71.

La salle proposera deux séances par semaine, le vendredi et le samedi, avec un film pour enfants le dimanche après-midi pendant les vacances scolaires.

**Tarifs inchangés**

La place reste à 5 euros, 3 euros pour les moins de 14 ans. Le programme est affiché à la boulangerie et à la mairie.
"""),

dict(id="h61-fr-003", lang="fr", tpl="quintype", section="Portrait", date="2026-08-18", byline="Inès Campredon",
     title="Yvette Roumagnac, apicultrice à 74 ans : « Les abeilles m'ont appris la patience »",
     sub="Elle tient quarante ruches au-dessus du Val-Brûlé et vend son miel au marché depuis un demi-siècle.",
     caption="Yvette Roumagnac au milieu de ses ruches.", credit="Photo : Inès Campredon",
     look=[("highlight", "Cette année, elle a récolté 380 kilos"), ("bold", "Comment avez-vous commencé ?"),
           ("bold", "Et la mauvaise saison ?"), ("bold", "Le frelon asiatique ?"), ("bold", "Un conseil ?")],
     body="""
Yvette Roumagnac a installé sa première ruche en 1975, derrière la maison de ses parents.

Cette année, elle a récolté 380 kilos de miel de châtaignier et de bruyère. Rencontre.

Comment avez-vous commencé ?

Un essaim s'était posé dans le cerisier. Mon père voulait le brûler. Je l'ai récupéré dans un carton, sans gants, et je me suis fait piquer onze fois. J'avais 23 ans et j'étais conquise.

Et la mauvaise saison ?

Il y en a une tous les trois ou quatre ans. En 2022, avec la sécheresse, je n'ai presque rien récolté. On apprend à ne pas tout miser sur une année.

Le frelon asiatique ?

C'est notre grand souci. J'installe des pièges au printemps, et les voisins m'appellent quand ils trouvent un nid. Les pompiers viennent le détruire.

Un conseil ?

Aux jeunes qui veulent commencer : suivez une formation, et commencez avec deux ruches, pas vingt.

Yvette Roumagnac ne compte pas s'arrêter. Sa petite-fille, Léa, l'accompagne désormais tous les samedis au rucher.

Son miel est en vente le jeudi matin au marché du Val-Brûlé, au pied de la halle.
"""),

dict(id="h61-es-001", lang="es", tpl="dnn", site="El Heraldo de la Vega",
     section="Cofradías y fiestas", date="2026-03-26", byline="Marisol Garrido",
     title="La cofradía del Humilladero estrena su paso restaurado en la Semana Santa de Valdecea",
     sub="El Cristo del siglo XVII vuelve a la calle tras catorce meses en el taller y con las andas nuevas.",
     caption="El paso del Cristo del Humilladero, ya restaurado, en la ermita.", credit="Foto: Marisol Garrido",
     tags=["Jueves Santo en Valdecea", "Cristo del Humilladero", "restauración de pasos"],
     carry=["prayertimes"],
     look=[("br", "El recorrido bajará por la calle Mayor")],
     body="""
La cofradía del Santo Cristo del Humilladero de Valdecea volverá a sacar su paso en la procesión del Jueves Santo, después de catorce meses de restauración en un taller de Logroño.

La talla, del siglo XVII, tenía grietas en los brazos y la policromía muy oscurecida por el humo de las velas. Las restauradoras han limpiado la pintura original y han consolidado la madera con injertos de pino.

**Andas nuevas y más ligeras**

La cofradía ha aprovechado para cambiar las andas, que pesaban casi 900 kilos. Las nuevas, de aluminio forrado de madera, pesan un tercio menos, y hacen falta 24 costaleros en lugar de 32.

«Teníamos problemas para completar el paso todos los años. Ahora los chavales se animan más», explica el hermano mayor, Julián Sáenz.

La restauración ha costado 38.000 euros, pagados con las cuotas de los 410 cofrades y una rifa que se vendió en todos los bares del pueblo.

**Las procesiones de esta Semana Santa**

| Día | Procesión | Salida
| Domingo de Ramos | Entrada de Jesús en Jerusalén | 12:00
| Jueves Santo | Santo Cristo del Humilladero | 21:30
| Viernes Santo | Santo Entierro | 20:00

El paso saldrá de la ermita del Humilladero a las 21:30 del Jueves Santo.

El recorrido bajará por la calle Mayor hasta la plaza de la Constitución y volverá por la cuesta de San Roque.

Los vecinos que quieran colaborar con flores para el paso pueden dejarlas en la ermita el miércoles por la tarde.
"""),

dict(id="h61-es-002", lang="es", tpl="amp", section="Vivienda", date="2026-10-20", byline="Álvaro Cebrián",
     title="Fuenmayor avalará el 20 % de la hipoteca a los menores de 35 que compren su primera casa",
     sub="El Ayuntamiento reserva 600.000 euros para cubrir la parte de la entrada que los bancos no financian.",
     caption="Viviendas en venta en el casco de Fuenmayor.", credit="Foto: Álvaro Cebrián",
     carry=["mortgagecalc"],
     body="""
El Ayuntamiento de Fuenmayor avalará hasta el 20 % del precio de la vivienda a los jóvenes menores de 35 años que compren su primera casa en el municipio. El pleno aprobó la medida el jueves con los votos de todos los grupos.

La mayoría de los bancos solo financia el 80 % del valor de una vivienda, de modo que el comprador tiene que aportar el resto más los gastos. Para una casa de 150.000 euros, eso supone reunir más de 40.000 euros.

«Es la barrera que frena a casi todos», explica la concejala de Vivienda, Nerea Olabarri. «Tienen trabajo y pueden pagar una cuota, pero no tienen ahorrado lo de la entrada».

## Quién puede pedirlo

- menores de 35 años, solos o en pareja
- empadronados en Fuenmayor al menos dos años
- con ingresos por debajo de 4,5 veces el IPREM
- para viviendas de menos de 180.000 euros

El Ayuntamiento ha reservado 600.000 euros, que calcula suficientes para unas cuarenta operaciones. Dos cajas de la comarca ya han firmado el convenio.

Lucía y Andrés, de 29 y 31 años, llevan dos años buscando piso. «Con la cuota que pagamos de alquiler podríamos pagar una hipoteca. Lo que no teníamos era la entrada», cuenta ella.

Las solicitudes se podrán presentar a partir del 2 de noviembre en la oficina de atención al ciudadano.
"""),

dict(id="h61-es-003", lang="es", tpl="sanity", section="Sucesos", date="2026-06-30", byline="Begoña Larrañaga",
     title="Una racha de robos en trasteros inquieta a los vecinos de San Isidro",
     sub="La Policía Local ha recibido diecisiete denuncias en un mes en el barrio más nuevo de Albares.",
     caption="Puerta de acceso a los trasteros de un bloque de San Isidro.", credit="Foto: Begoña Larrañaga",
     carry=["crimemap"],
     look=[("dropcap", "Bicicletas, herramientas, una cuna")],
     body="""
Bicicletas, herramientas, una cuna y hasta un jamón. En el último mes, la Policía Local de Albares ha recibido diecisiete denuncias por robos en trasteros y garajes del barrio de San Isidro.

Los ladrones entran de madrugada, casi siempre por la puerta del garaje, que esperan a que se abra para colarse detrás de un coche. Una vez dentro, fuerzan los candados de los trasteros con una cizalla.

«Bajé a por la bici de mi hijo para ir al colegio y la puerta estaba abierta de par en par», cuenta Ainhoa Lertxundi, vecina de la calle Río Tirón. Le robaron tres bicicletas y una caja de herramientas.

## Más patrullas de noche

El jefe de la Policía Local, Ignacio Bermejo, ha anunciado que una patrulla recorrerá el barrio cada noche entre la una y las seis hasta final de verano. También ha pedido a las comunidades que revisen el cierre automático de los garajes.

«Muchas puertas tardan un minuto en cerrarse. Es tiempo de sobra para que alguien entre andando», explica.

## Qué pueden hacer los vecinos

La asociación de vecinos ha repartido una hoja con recomendaciones: esperar a que la puerta del garaje se cierre del todo, no dejar objetos de valor a la vista y anotar los números de serie de las bicicletas.

La asociación celebrará una reunión informativa con la Policía Local el martes a las 19:00 en el centro cívico.
"""),

dict(id="h61-ru-001", lang="ru", tpl="semantic", section="Образование", date="2026-05-05", byline="Ольга Веретенникова",
     title="Школьный музей в Сосновой Гриве получил дневник фронтовой медсестры",
     sub="Тетрадь в клеёнчатой обложке восемьдесят лет хранилась на чердаке дома на Лесной улице.",
     caption="Дневник медсестры Анны Круглянской в школьном музее.", credit="Фото: Ольга Веретенникова",
     low=0,
     look=[("italic", "«Сегодня опять не спали")],
     body="""
Музей школы № 2 в Сосновой Гриве получил необычный подарок: дневник, который медсестра Анна Круглянская вела с 1942 по 1945 год в полевом госпитале.

Тетрадь нашла её внучатая племянница Вера Дроздова, когда разбирала чердак старого дома на Лесной улице. Дневник лежал в жестяной коробке из-под леденцов вместе с письмами и двумя фотографиями.

«Я сначала подумала, что это рецепты. Потом прочитала первую страницу и села прямо на пол», — рассказала Вера Николаевна.

В дневнике около ста записей. Анна писала коротко, карандашом, иногда по несколько слов в день. Она перечисляет раненых, вспоминает дом и подруг, жалуется на холод.

«Сегодня опять не спали. Привезли сорок человек, а бинтов на двадцать».

Руководитель музея, учитель истории Павел Семёнович Рябинин, говорит, что ребята уже начали работу над дневником. Старшеклассники переписывают записи на компьютер, потому что карандаш выцветает.

После войны Анна Круглянская вернулась в Сосновую Гриву и сорок лет проработала фельдшером в местной больнице. Её помнят многие жители посёлка.

Выставка, посвящённая дневнику, откроется в школьном музее 8 мая. Вход свободный, музей работает по будням с 14:00 до 17:00.
"""),

dict(id="h61-ru-002", lang="ru", tpl="medium", site="Записки Заречной слободы", kind="indie",
     section="Люди", date="2026-07-14", byline="Дарья Шелестова",
     title="Сапожник с Заречной: сорок лет в будке у рынка",
     sub="Гурген Аветисян чинит обувь всей слободы с 1986 года. Мы поговорили с ним между двумя набойками.",
     caption="Гурген Аветисян в своей мастерской у рынка.", credit="Фото: Дарья Шелестова",
     look=[("bold", "Как вы здесь оказались?"), ("bold", "Что чаще всего несут?"), ("bold", "А молодые?"),
           ("bold", "Не думали закрыться?")],
     body="""
Будка сапожника у входа на Заречный рынок стоит на одном месте с 1986 года. Всё это время в ней работает Гурген Аветисян. Ему 71 год, и он до сих пор открывается в восемь утра.

Как вы здесь оказались?

Приехал после армии к дяде, он тут шил сапоги. Дядя научил меня, а потом уехал обратно в Ереван. А я остался.

Что чаще всего несут?

Набойки, молнии на сапогах, подошвы. Зимой больше, летом меньше. Ещё сумки, ремни, один раз принесли седло.

А молодые?

Приходят. Кроссовки подклеить, кеды зашить. Говорят, новые дорого. Я радуюсь: значит, вещь будет жить дальше.

Не думали закрыться?

Думал. Аренда подорожала, колени болят. Но кто тогда будет чинить? В слободе больше никого нет.

Пока мы разговаривали, к окошку подошли три человека. Одна женщина принесла туфли, которые, по её словам, Гурген Ашотович чинит уже в пятый раз.

Гурген Ашотович говорит, что уходить на пенсию пока не собирается.

Мастерская работает со вторника по субботу, с 8:00 до 16:00.
"""),

dict(id="h61-ru-003", lang="ru", tpl="ucoz", site="Берёзовый Лог", kind="small",
     section="Новости", date="2026-06-16", byline="Совет деревни",
     title="Всем миром почистили колодец на Нижней улице",
     sub="Восемнадцать человек за одну субботу вычерпали воду, сменили сруб и поставили новую крышу.",
     caption="Новый сруб колодца на Нижней улице.", credit="Фото: совет деревни",
     body="""
В субботу жители Берёзового Лога вместе почистили старый колодец на Нижней улице. Пришли восемнадцать человек, включая троих ребят из летнего лагеря.

Колодец этот выкопали ещё в 1950-х годах. В последние годы вода в нём стала мутной, а верхние венцы сруба подгнили. Весной совет деревни решил, что откладывать больше нельзя.

Работы начали в семь утра. Сначала насосом откачали воду, потом Иван Митрофанович Лыков спустился вниз на верёвке и вычистил дно. Набралось больше десяти вёдер ила и камней.

За день сделали:

- откачали воду и почистили дно
- заменили три верхних венца сруба
- засыпали на дно новый слой гравия
- поставили крышку и двускатную крышу

Доски для сруба привезли из лесничества бесплатно. Гвозди, гравий и краску купили на деньги, которые собрали по дворам, — вышло 14 600 рублей.

Обед для всех приготовили Любовь Петровна и её соседки: щи, картошка с грибами и компот.

Воду из колодца отвезли на анализ в район. Пока результатов нет, пить её не советуем, только для полива.

Фото с субботника выложим в альбом деревни на этой неделе.
"""),
]
