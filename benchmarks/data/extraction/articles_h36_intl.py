# Turkish, German, French, Spanish and Russian stories for the thirty-sixth held-out part (h36-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h36_en.py.
ARTICLES = [
dict(id="h36-tr-001", lang="tr", tpl="storybody", section="Gündem", date="2026-01-02", byline="Serdar Kılıçaslan",
     title="Yılbaşı büyük ikramiyesi Ilgazköy'deki küçük bir bayiden çıktı",
     sub="Bilet sahibinin kim olduğu henüz bilinmiyor; bayi sahibi 31 yıldır aynı dükkânda.",
     caption="Ilgazköy çarşısındaki bayinin önünde toplananlar.", credit="Fotoğraf: Serdar Kılıçaslan",
     carry=["lottery"],
     look=[("bold", "Yılbaşı çekilişinin büyük ikramiyesi")],
     body="""
Yılbaşı çekilişinin büyük ikramiyesi, Ilgazköy çarşısında 31 yıldır hizmet veren küçük bir bayiden satılan tam bilete çıktı.

Çekiliş sonuçlarının açıklanmasının ardından sabahın erken saatlerinden itibaren dükkânın önünde kalabalık oluştu. Bayi sahibi Nurettin Aksoylu, ikramiyeli bileti kime sattığını hatırlamadığını söyledi.

"Aralık ayında günde yüzlerce bilet satıyoruz. Çoğu müşterimizi tanırız ama bu bileti kimin aldığını bilmiyorum. Umarım buradan biridir," dedi.

Aksoylu'nun bayisinden daha önce 2011 yılında da amorti dışında bir ikramiye çıkmıştı. O yılki talihli, kazandığı parayla köyüne bir çeşme yaptırmıştı.

**Talihliye ne kadar kalacak?**

Büyük ikramiyeden yasal kesintiler yapıldıktan sonra talihlinin hesabına yaklaşık 480 milyon lira yatırılacak. İkramiyenin bir yıl içinde alınması gerekiyor; alınmayan ikramiyeler hazineye kalıyor.

Esnaf bu yıl çekilişe ilginin her zamankinden fazla olduğunu söylüyor. Karşı dükkânda terzilik yapan Hatice Sönmez, "Bütün çarşı bilet aldı, ben de çeyrek aldım ama bana çıkmadı," diye konuştu.

Bayiye çıkan ikramiyenin bayi sahibine de satış primi kazandırdığı öğrenildi. Aksoylu, primin bir kısmıyla dükkânın tabelasını yenileyeceğini söyledi.

Talihli henüz başvuruda bulunmadı.
"""),

dict(id="h36-tr-002", lang="tr", tpl="regional", section="Eğitim", date="2026-07-10", byline="Aylin Demirsoy",
     title="LGS'de Çamlıpınar Ortaokulu'ndan üç tam puan",
     sub="İlçedeki tek köy ortaokulundan üç öğrenci sınavdan 500 tam puan aldı.",
     caption="Tam puan alan öğrenciler öğretmenleriyle birlikte.", credit="Fotoğraf: Aylin Demirsoy",
     carry=["exams"],
     body="""
Liselere Geçiş Sistemi (LGS) sonuçları açıklandı. İlçemizdeki Çamlıpınar Ortaokulu'ndan üç öğrenci sınavdan 500 tam puan aldı.

Okulda bu yıl 46 öğrenci sınava girdi. Tam puan alan Zeynep Arıkan, Emir Taşdelen ve Elif Naz Çoban, sonuçlarını cuma sabahı okulda, öğretmenleriyle birlikte öğrendi.

Okul müdürü Hakan Yüceer, öğrencilerin başarısının arkasında hafta sonu kurslarının olduğunu söyledi. "Öğretmenlerimiz iki yıl boyunca cumartesi günleri gönüllü olarak ders verdi. Bu sonuç hepimizin," dedi.

## Servis sorunu çözüldü

Köyden ilçe merkezine ulaşım okulun en büyük sorunlarından biriydi. Geçen yıl belediyenin koyduğu ücretsiz servis sayesinde öğrenciler hafta sonu kurslarına da katılabildi.

Zeynep Arıkan, fen lisesine gitmek istediğini, ileride doktor olmayı hayal ettiğini anlattı. Annesi Selma Arıkan ise gözyaşlarını tutamadı: "Kızım gece yarılarına kadar çalıştı. Hakkını verdi," dedi.

## Tercih dönemi başlıyor

Tercihler 14 Temmuz'da başlayıp 25 Temmuz'da sona erecek. İlçe Milli Eğitim Müdürlüğü, tercih döneminde velilere okullarda ücretsiz danışmanlık verileceğini duyurdu.

Yerleştirme sonuçları ağustos ayının ilk haftasında açıklanacak.

Okul, tam puan alan üç öğrenci için cuma akşamı bahçede bir tören düzenleyecek. Törene köy halkı da davetli.
"""),

dict(id="h36-tr-003", lang="tr", tpl="cms", section="Kültür Sanat", date="2026-04-22", byline="Melike Ersoy",
     title="Kasabanın 60 yılı bir fotoğrafçının arşivinde",
     sub="Foto Şen'in kurucusu Rıza Şen'in çektiği fotoğraflar ilk kez sergileniyor.",
     caption="Rıza Şen'in 1968'de çektiği cumhuriyet bayramı fotoğrafı.", credit="Fotoğraf: Şen ailesi arşivi",
     low=0,
     body="""
Fotoğrafçı Rıza Şen'in 60 yıl boyunca kasabada çektiği fotoğraflardan oluşan sergi, cumartesi günü Kültür Merkezi'nde açılıyor.

Şen, 1958'de çarşıda Foto Şen'i açtı. Düğünleri, sünnetleri, bayram törenlerini ve okulların mezuniyet fotoğraflarını çekti. 2018'de 84 yaşında hayatını kaybettiğinde geride 40 binden fazla negatif bıraktı.

Negatifler, torunu Deniz Şen ile belediyenin gönüllüleri tarafından iki yıl boyunca tek tek tarandı. Sergide bunlardan seçilen 120 fotoğraf yer alıyor.

Deniz Şen, dedesinin fotoğraflarının kasabanın hafızası olduğunu söyledi. "İnsanlar sergiye gelip anne babalarını, dedelerini buluyor. Geçen hafta bir teyze kendi düğün fotoğrafını gördü, ağladı," dedi.

Sergide kasabanın eski çarşısı, 1970'lerde yıkılan istasyon binası ve artık yapılmayan panayırın fotoğrafları da bulunuyor.

Fotoğrafların altında kimlerin olduğu bilinmiyorsa boş bırakılmış. Ziyaretçilerden, tanıdıkları kişilerin isimlerini yanlarındaki deftere yazmaları isteniyor.

Sergi kapsamında her cumartesi saat 14.00'te Deniz Şen'in rehberliğinde ücretsiz tur düzenlenecek. Turlarda Rıza Şen'in kullandığı körüklü fotoğraf makinesi ve karanlık oda malzemeleri de tanıtılacak.

Belediye, taranan fotoğrafların tamamını gelecek yıl dijital bir arşivde toplamayı planlıyor. Evinde Foto Şen damgalı fotoğraf bulunanlar, bunları taratmak için Kültür Merkezi'ne getirebilecek.

Sergi 31 Mayıs'a kadar hafta içi 10.00 ile 18.00 arasında ücretsiz gezilebilecek.
"""),

dict(id="h36-de-001", lang="de", tpl="aem", site="Saalbrücker Rundschau", section="Region Saaltal", date="2026-02-12",
     byline="Johanna Rittersbach",
     title="„Ablehnen muss so einfach sein wie Zustimmen“",
     sub="Die Landesdatenschutzbeauftragte hat 300 Websites aus dem Saaltal geprüft. Ein Gespräch über Cookie-Banner, Bußgelder und Vereinsseiten.",
     caption="Dr. Ulrike Behnisch in ihrem Büro in Saalbrück.", credit="Foto: Johanna Rittersbach",
     look=[("italic", "Die Landesdatenschutzbeauftragte Ulrike Behnisch"), ("bold", "Frau Behnisch, was haben Sie gefunden?"),
           ("bold", "Was ist daran verboten?"), ("bold", "Drohen jetzt Bußgelder?"), ("bold", "Und die Vereine?"),
           ("box", "Wer unsicher ist")],
     body="""
Die Landesdatenschutzbeauftragte Ulrike Behnisch hat im Herbst die Internetseiten von 300 Betrieben, Praxen und Vereinen aus dem Saaltal überprüfen lassen. Bei zwei Dritteln fand ihre Behörde Mängel beim Cookie-Banner.

Frau Behnisch, was haben Sie gefunden?

Auf den meisten Seiten gibt es einen großen grünen Knopf „Alle akzeptieren“. Wer ablehnen will, muss erst in die Einstellungen und dort zwölf Schieberegler einzeln ausschalten. Das macht kaum jemand.

Was ist daran verboten?

Die Einwilligung muss freiwillig sein. Freiwillig ist sie nur, wenn das Ablehnen genauso einfach ist wie das Zustimmen. Außerdem haben wir Seiten gefunden, die Werbe-Cookies setzen, bevor überhaupt jemand geklickt hat.

Drohen jetzt Bußgelder?

Zunächst nicht. Wir haben alle betroffenen Betriebe angeschrieben und ihnen drei Monate gegeben. Wer danach nichts ändert, muss mit einem Verfahren rechnen.

Und die Vereine?

Die meisten Vereinsseiten brauchen gar kein Banner, weil sie keine Werbung und keine Statistikdienste einbinden. Oft hat nur jemand ein Modul installiert, weil er dachte, das gehöre dazu.

Wer unsicher ist, kann seine Seite bis Ende März kostenlos von der Behörde prüfen lassen. Das Angebot gilt für Betriebe mit weniger als zehn Beschäftigten und für eingetragene Vereine.
"""),

dict(id="h36-de-002", lang="de", tpl="typo3", section="Lokales", date="2026-06-05", byline="Benedikt Ohlendorf",
     title="Lotto-Millionär aus Kellbach meldet sich nicht",
     sub="Der Spielschein mit sechs Richtigen wurde in einer Annahmestelle am Marktplatz abgegeben.",
     caption="Die Lotto-Annahmestelle am Kellbacher Marktplatz.", credit="Foto: Benedikt Ohlendorf",
     carry=["lottery"],
     look=[("bold", "Irgendwo in Kellbach")],
     body="""
Irgendwo in Kellbach liegt ein Lottoschein, der 3,1 Millionen Euro wert ist. Doch der Gewinner hat sich auch drei Wochen nach der Ziehung noch nicht gemeldet.

Der Spieler hatte bei der Samstagsziehung am 16. Mai sechs Richtige getippt, allerdings ohne die passende Superzahl. Abgegeben wurde der Schein in der Annahmestelle im Schreibwarengeschäft Hüsken am Marktplatz, bar bezahlt und ohne Kundenkarte.

Deshalb kennt auch die Lottogesellschaft den Namen nicht. Ein Sprecher sagte, das sei keine Seltenheit. „Manche Gewinner prüfen ihre Scheine erst nach Wochen. Einige legen sie in eine Schublade und vergessen sie dort.“

## Drei Jahre Zeit

Der Gewinner hat noch Zeit: Der Anspruch verfällt erst nach drei Jahren. Wird das Geld bis dahin nicht abgeholt, fließt es in Sonderauslosungen.

Inhaberin Margret Hüsken hat ein Schild ins Schaufenster gehängt: „Schauen Sie nach! Bei uns wurde gewonnen.“ Seitdem kämen deutlich mehr Kunden, sagt sie. „Alle wollen ihre Scheine prüfen lassen. Bisher war es keiner.“

## Wo man Scheine prüfen kann

Spielscheine lassen sich in jeder Annahmestelle prüfen. Die Lottogesellschaft rät, den Schein danach an einem sicheren Ort aufzubewahren und ihn nicht zu beschriften.
"""),

dict(id="h36-de-003", lang="de", tpl="portal", section="Kultur", date="2026-10-23", byline="Svenja Lautenschläger",
     title="Ganz Hohenwerda wartet auf den Sonntagskrimi",
     sub="Vor einem Jahr wurde in der Altstadt gedreht. Jetzt läuft der Film im Ersten.",
     caption="Dreharbeiten in der Brückengasse im vergangenen Oktober.", credit="Foto: Svenja Lautenschläger",
     carry=["tvguide"],
     look=[("italic", "Wer am Sonntagabend")],
     body="""
Wer am Sonntagabend in Hohenwerda etwas vorhat, sollte es verschieben: Um 20.15 Uhr läuft im Ersten der Krimi, der im vergangenen Herbst in der Altstadt gedreht wurde.

Drei Wochen lang war damals die Brückengasse gesperrt. Die Bäckerei Wendt wurde zum Tatort, das Rathaus zum Polizeipräsidium, und rund 80 Hohenwerdaer standen als Komparsen vor der Kamera.

Einer von ihnen ist Erwin Stoltefuß, 74. Er spielt einen Passanten, der eine Leiche findet. „Ich musste nur erschrecken. Das habe ich elf Mal gemacht, bis der Regisseur zufrieden war“, erzählt er.

Die Bäckerei musste während der Dreharbeiten zwei Tage schließen. Inhaber Lars Wendt nimmt es gelassen. „Dafür sieht man unsere Theke jetzt im Fernsehen. Das ist bessere Werbung als jede Anzeige.“

Das Kino am Schlossplatz zeigt den Film am Sonntag parallel zur Ausstrahlung auf der großen Leinwand. Der Eintritt ist frei, die 140 Plätze waren nach zwei Stunden vergeben.

Wer keinen Platz bekommen hat: Die Gaststätte „Zum Anker“ baut einen Beamer auf, und der Heimatverein lädt ins Vereinsheim ein.

Wie der Krimi ausgeht, wissen in Hohenwerda übrigens nur wenige. Die Komparsen mussten unterschreiben, dass sie nichts verraten.
"""),

dict(id="h36-fr-001", lang="fr", tpl="magazine", section="Télévision", date="2026-11-18", byline="Gaëlle Rouquette",
     title="Sainte-Foy-des-Vignes, village candidat au grand jeu télévisé de l'hiver",
     sub="Le bourg de 900 habitants défendra ses couleurs face à treize autres villages. Ses habitants se préparent.",
     caption="Le lavoir et l'église de Sainte-Foy-des-Vignes.", credit="Photo : Gaëlle Rouquette",
     pull="On ne gagnera peut-être pas, mais on aura fait parler de nous",
     carry=["tvguide"],
     look=[("dropcap", "Ils ne s'y attendaient pas"), ("box", "Pour voter")],
     body="""
Ils ne s'y attendaient pas. Sainte-Foy-des-Vignes, 900 habitants, a été retenu parmi les quatorze villages qui concourent cet hiver au titre de village préféré des téléspectateurs.

C'est le comité des fêtes qui a envoyé le dossier, en mars, « un peu pour rire », reconnaît sa présidente, Odile Castaing. Une équipe de tournage est venue en juin filmer le lavoir, l'église romane et les caves coopératives.

Le reportage consacré au village sera diffusé le jeudi 27 novembre, en deuxième partie de soirée. Les résultats seront annoncés le 9 décembre.

Au café de la place, on ne parle que de ça. Le patron, Jean-Louis Brunet, a prévu un écran géant. « On ne gagnera peut-être pas, mais on aura fait parler de nous », dit-il.

Le maire, Pierre Sarrail, espère surtout un effet sur la fréquentation des gîtes et des caves. Le village de l'Aveyron qui a remporté le titre il y a deux ans a vu le nombre de ses visiteurs doubler.

Pour voter, il faut appeler un numéro surtaxé ou envoyer un SMS pendant la semaine de diffusion. La mairie rappelle que chaque appel est payant et invite les habitants à ne pas se ruiner.

L'école, elle, a déjà choisi son camp : les élèves ont peint une banderole de dix mètres qui sera accrochée à la mairie.
"""),

dict(id="h36-fr-002", lang="fr", tpl="quintype", section="Éducation", date="2026-07-07", byline="Arnaud Vidalenc",
     title="Bac 2026 : 97 % de reçus au lycée Émile-Couderc",
     sub="Le lycée de Mirevent signe son meilleur résultat depuis dix ans, avec 41 mentions très bien.",
     caption="Devant les listes affichées dans la cour du lycée, mardi matin.", credit="Photo : Arnaud Vidalenc",
     carry=["exams"],
     look=[("highlight", "Il était à peine neuf heures")],
     body="""
Il était à peine neuf heures quand les premières listes ont été affichées dans la cour du lycée Émile-Couderc, mardi. Quelques minutes plus tard, les cris de joie couvraient déjà le bruit de la circulation de l'avenue.

Sur les 286 candidats du lycée, 278 ont obtenu leur baccalauréat dès le premier groupe, soit un taux de réussite de 97 %, le meilleur depuis dix ans. Le lycée compte 41 mentions très bien.

Les résultats par série :

- Bac général : 98 % de reçus, 33 mentions très bien
- Bac technologique : 95 % de reçus, 8 mentions très bien
- Bac professionnel : 94 % de reçus

La proviseure, Sylvie Andrieu, salue « une promotion qui a beaucoup travaillé, malgré une année marquée par les grèves des transports scolaires ».

Lucas, 18 ans, a décroché une mention très bien avec 18,4 de moyenne. Il partira en septembre en classe préparatoire à Toulouse. « Je n'ai pas encore réalisé. Je crois que je vais dormir trois jours », dit-il.

Les huit candidats admis à l'oral de rattrapage passeront leurs épreuves jeudi et vendredi. Les résultats définitifs seront affichés samedi matin au lycée.

Le lycée rappelle que les relevés de notes seront envoyés par courrier dans la deuxième quinzaine de juillet.
"""),

dict(id="h36-fr-003", lang="fr", tpl="drupal", site="Commune de Lannevez", kind="public", section="Actualités",
     date="2026-09-15", byline="Service communication",
     title="La médiathèque lance sa lettre d'information mensuelle",
     sub="« Entre les pages » paraîtra le premier lundi de chaque mois, par courriel et sur papier.",
     caption="L'espace adultes de la médiathèque Anjela-Duval.", credit="Photo : Ville de Lannevez",
     carry=["calendar"],
     look=[("box", "Pour la recevoir")],
     body="""
La médiathèque Anjela-Duval lance sa propre lettre d'information. Baptisée « Entre les pages », elle paraîtra le premier lundi de chaque mois, à partir du 6 octobre.

Chaque numéro présentera les nouveautés, les coups de cœur des bibliothécaires et le programme des animations du mois. Une rubrique sera confiée aux lecteurs du club ados, qui y publieront leurs critiques.

« Beaucoup d'habitants découvrent nos animations une fois qu'elles sont passées. Cette lettre doit leur permettre de ne plus rien manquer », explique la responsable de la médiathèque, Soizic Le Goff.

## Le programme d'octobre

- Heure du conte pour les 3-6 ans, les mercredis à 10 h 30
- Atelier d'écriture avec l'autrice Maëlle Kervella, le samedi 11 octobre à 14 h
- Soirée jeux de société, le vendredi 24 octobre à partir de 19 h

Pour la recevoir, il suffit de s'inscrire à l'accueil de la médiathèque ou sur le portail de la médiathèque. Une version imprimée sera disponible à la mairie, à l'accueil de la maison de santé et chez les commerçants du bourg.

L'inscription est gratuite. Les adresses ne seront utilisées que pour l'envoi de la lettre.
"""),

dict(id="h36-es-001", lang="es", tpl="gutenberg", section="Sociedad", date="2026-12-22", byline="Maite Carrascosa",
     title="El Gordo cae en Navalrubio y reparte 40 millones en el pueblo",
     sub="La administración de la calle Mayor vendió 100 series del 48.213. Medio pueblo tenía una participación.",
     caption="Vecinos celebran el premio frente a la administración de lotería de la calle Mayor.", credit="Foto: Maite Carrascosa",
     carry=["lottery"],
     look=[("dropcap", "El Gordo de la Lotería de Navidad")],
     body="""
El Gordo de la Lotería de Navidad ha caído este lunes en Navalrubio. La administración número 1 de la calle Mayor vendió cien series del 48.213, lo que supone un reparto de 40 millones de euros en un pueblo de 2.300 habitantes.

A las once de la mañana ya había cava en la puerta de la administración. La lotera, Amparo Gironés, no paraba de abrazar a vecinos. "Llevo veintiocho años vendiendo lotería y nunca había dado nada más grande que una pedrea", decía entre lágrimas.

**Participaciones en el bar, la peña y el colegio**

Buena parte del número se vendió en participaciones. El bar Casa Emilio tenía cuatro series, la peña ciclista otras dos y la asociación de padres del colegio público, una.

Con las participaciones de cinco euros de la asociación de padres, cada vecino que jugó se lleva 20.000 euros. "Con esto pagamos el viaje de fin de curso de todo el colegio y aún sobra", bromeaba su presidenta, Rocío Lluch.

**Hacienda se queda su parte**

Los premios de más de 40.000 euros tributan al 20 por ciento a partir de esa cantidad. Los afortunados podrán cobrar en cualquier entidad bancaria a partir de mañana.

El alcalde, Vicente Ortells, ha pedido a los vecinos prudencia con el dinero: "Que nadie deje el trabajo mañana, que luego llega enero".
"""),

dict(id="h36-es-002", lang="es", tpl="medium", site="Cuaderno del Somontano", kind="indie", section="Campo",
     date="2026-03-24", byline="Íñigo Berdún",
     title="La almazara que nadie quería cerrar",
     sub="La cooperativa de Azara vota este sábado si vende su molino de aceite. Hemos hablado con los socios.",
     caption="La almazara de la cooperativa de Azara, durante la última campaña.", credit="Foto: Íñigo Berdún",
     look=[("italic", "La asamblea empieza a las once")],
     body="""
Este sábado, los 212 socios de la cooperativa de Azara votarán si venden la almazara que construyeron sus abuelos en 1957.

La oferta la ha hecho una empresa aceitera de Lleida, que pagaría 1,4 millones de euros y se comprometería a moler la aceituna de los socios durante diez años a precio fijo.

El presidente de la cooperativa, Joaquín Sanclemente, defiende la venta. La maquinaria necesita una reforma de 600.000 euros y la cooperativa no puede pagarla. "Si no vendemos ahora, dentro de cinco años no habrá nada que vender", dice.

Pero muchos socios no lo ven igual. Pilar Escartín, cuya familia lleva tres generaciones en la cooperativa, cree que se pierde algo más que un edificio. "El molino es donde nos vemos todos en noviembre. Si lo vendemos, el pueblo se queda sin su sitio", explica.

La empresa compradora no ha querido hacer declaraciones a este cuaderno. Un portavoz se limitó a decir que estaba en contacto con la junta rectora y que respetaría la decisión de la asamblea.

Para aprobar la venta hacen falta dos tercios de los votos. Ayer, en la puerta del bar de la plaza, nadie se atrevía a hacer pronósticos.

La asamblea empieza a las once en el salón de la cooperativa. Contaremos aquí lo que se decida.
"""),

dict(id="h36-es-003", lang="es", tpl="sanity", section="Deportes", date="2026-05-26", byline="Lucía Montalbo",
     title="Carmen Arjona: \"Estas chicas han entrenado con linternas\"",
     sub="La entrenadora del CD Villafranca femenino habla del ascenso a Primera Nacional tras ganar en Tobarra.",
     caption="Carmen Arjona, manteada por sus jugadoras tras el pitido final.", credit="Foto: Lucía Montalbo",
     carry=["scores"],
     look=[("bold", "¿Cómo se vivió el final?"), ("bold", "¿Lo de las linternas es verdad?"), ("bold", "¿Y ahora qué?"),
           ("bold", "¿Un deseo?"), ("dropcap", "El CD Villafranca femenino")],
     body="""
El CD Villafranca femenino jugará la próxima temporada en Primera Nacional. Lo consiguió el domingo con un 1-2 en el campo del Tobarra, con dos goles de Noelia Cantos en la segunda parte.

Hablamos con su entrenadora, Carmen Arjona, 41 años, maestra de primaria y al frente del equipo desde 2021.

¿Cómo se vivió el final?

Con mucho nervio. Nos empataron en el minuto 70 y pensé que se nos escapaba. Pero estas chicas no se rinden nunca. Noelia marcó en el 88 y el banquillo entero saltó al campo.

¿Lo de las linternas es verdad?

Es verdad. El año pasado se rompieron los focos del campo y durante dos meses entrenamos con las luces de los coches y con linternas de cabeza. Nadie faltó a un entrenamiento.

¿Y ahora qué?

Ahora necesitamos dinero. En Primera Nacional hay desplazamientos de cuatro horas y el club no puede pagar autobuses para todo el año. Estamos hablando con el Ayuntamiento y con empresas del pueblo.

¿Un deseo?

Que las niñas del pueblo vengan a vernos. Que sepan que pueden jugar al fútbol aquí, sin irse a la capital.

El Villafranca celebrará el ascenso el sábado con una comida popular en el polideportivo.
"""),

dict(id="h36-ru-001", lang="ru", tpl="semantic", section="Культура", date="2026-03-11", byline="Ольга Черемисина",
     title="Хор «Сударушка» из Верхнекамска вышел в финал телеконкурса",
     sub="Средний возраст участниц — 72 года. Финал покажут в субботу.",
     caption="Хор «Сударушка» на репетиции в доме культуры.", credit="Фото: Ольга Черемисина",
     carry=["tvguide"],
     look=[("italic", "Репетиции в доме культуры")],
     body="""
Хор ветеранов «Сударушка» из Верхнекамска вышел в финал всероссийского телевизионного конкурса самодеятельных коллективов. Финальный выпуск покажут в эту субботу вечером.

В хоре 23 участницы, самой младшей — 61 год, самой старшей — 89. Коллектив существует с 1987 года и до сих пор выступал в основном на районных праздниках и в местной больнице.

Заявку на конкурс подала руководитель хора Галина Прохорова. «Внучка записала нас на телефон и отправила видео. Я и не думала, что позвонят», — рассказывает она.

**Как снимали**

На съёмки в Москву хор ездил дважды. Дорогу оплатила районная администрация, костюмы шили сами участницы — из ткани, которую подарила местная швейная фабрика.

Самая старшая участница, Антонина Ильинична Зуева, признаётся, что больше всего волновалась не на сцене, а в гримёрке. «Нас так накрасили, что я себя в зеркале не узнала», — смеётся она.

**Болеть будут всем районом**

Репетиции в доме культуры теперь проходят каждый день. В субботу в большом зале установят экран, вход свободный.

Победителя определят зрители голосованием по телефону и судейская коллегия. Главный приз — выступление на новогоднем концерте и 500 тысяч рублей.

Галина Прохорова говорит, что деньги, если повезёт, потратят на новые костюмы и поездку по области.
"""),

dict(id="h36-ru-002", lang="ru", tpl="chunks", section="Образование", date="2026-07-03", byline="Игорь Малахов",
     title="Четыре стобалльника: в Лесогорске подвели итоги ЕГЭ",
     sub="Лучший результат — у гимназии № 1, но один из стобалльников учится в сельской школе.",
     caption="Выпускники гимназии № 1 Лесогорска на последнем звонке.", credit="Фото: Игорь Малахов",
     carry=["exams"],
     body="""
В Лесогорске подвели итоги единого государственного экзамена. Четверо выпускников получили по 100 баллов, это лучший результат города за последние семь лет.

Экзамены в этом году сдавали 612 выпускников из 11 школ города и района. Средний балл по русскому языку составил 71, по профильной математике — 63.

Стобалльные результаты получили:

- Анна Вершинина, гимназия № 1 — русский язык
- Максим Дробышев, гимназия № 1 — химия
- Дарья Соколова, лицей № 3 — литература
- Тимур Ахметшин, Берёзовская средняя школа — профильная математика

Тимур — первый стобалльник в истории сельской школы. Готовился он в основном сам, по задачникам и видеоурокам, а раз в неделю ездил на консультации к учителю в город.

«Интернет в селе плохой, поэтому задачи решал на бумаге, а видео скачивал, когда был в городе», — рассказал выпускник. Он собирается поступать на механико-математический факультет.

Начальник управления образования Светлана Рябова отметила, что в этом году ни один выпускник района не остался без аттестата.

Стобалльников наградят на городском выпускном балу 27 июня. Глава города пообещал каждому премию в 50 тысяч рублей.
"""),

dict(id="h36-ru-003", lang="ru", tpl="hugo", section="Город", date="2026-01-29", byline="Вера Кондакова",
     title="Об отключениях воды в Краснобережье теперь сообщат в Telegram",
     sub="Администрация района запустила канал, где будут публиковать графики ремонтов и аварий.",
     caption="Ремонт водопровода на улице Гагарина.", credit="Фото: Вера Кондакова",
     look=[("bold", "Чтобы получать уведомления")],
     body="""
Администрация Краснобережного района запустила Telegram-канал, где будет сообщать об отключениях воды, тепла и электричества.

Раньше такие объявления вывешивали на подъездах и публиковали на сайте администрации. Жители жаловались, что узнают об отключении, когда вода уже перестала течь.

В канале будут публиковать графики плановых ремонтов за три дня, а об авариях — в течение часа. Каждое сообщение будет содержать адреса домов и примерное время восстановления подачи.

Заместитель главы района Николай Громов признал, что раньше информация доходила до людей с опозданием. «Управляющие компании сообщали нам поздно, мы — ещё позже. Теперь диспетчер публикует сообщение сразу», — сказал он.

За первые три дня на канал подписались более 4 тысяч человек.

Сообщения будут дублировать в группе администрации во «ВКонтакте» и на сайте района. Комментарии в канале отключены: вопросы просят задавать диспетчерам по телефону.

Пожилые жители, у которых нет смартфонов, по-прежнему смогут узнавать об отключениях по телефону единой диспетчерской службы: 8 (800) 000-41-17.

Чтобы получать уведомления, администрация просит жителей подписаться на канал и рассказать о нём соседям и родственникам.
"""),
]
